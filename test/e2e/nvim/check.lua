-- Headless Neovim as an LSP client of `corroborate lsp --stdio`: diagnostics with related
-- information, a hover and a definition on the examples. Writes what it saw as JSON.
local root = os.getenv('CORROBORATE_ROOT')
local folder = os.getenv('CORROBORATE_FOLDER')
local out = os.getenv('CORROBORATE_OUT')
local result = { errors = {} }

local client_id = vim.lsp.start_client({
  name = 'corroborate',
  cmd = { 'node', root .. '/dist/cli.js', 'lsp', '--stdio' },
  root_dir = folder,
  workspace_folders = { { uri = vim.uri_from_fname(folder), name = 'examples' } },
  on_error = function(code, err) table.insert(result.errors, tostring(code) .. ': ' .. vim.inspect(err)) end,
})

vim.cmd('edit ' .. folder .. '/ashcombe-gazette.txt')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

result.got_diagnostics = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, {
    message = d.message,
    code = lsp.code,
    source = d.source or lsp.source,
    related = lsp.relatedInformation and #lsp.relatedInformation or 0,
  })
end

local function position_of(text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = string.find(line, text, 1, true)
    if col then return { line = i - 1, character = col + 1 } end
  end
end

local uri = vim.uri_from_bufnr(buf)
local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = position_of('Priya Raman') }, 10000)
for _, r in pairs(hover or {}) do
  if r.result and r.result.contents then result.hover = r.result.contents.value end
end
local def = vim.lsp.buf_request_sync(buf, 'textDocument/definition', { textDocument = { uri = uri }, position = position_of('The search for him') }, 10000)
result.definitions = {}
for _, r in pairs(def or {}) do
  for _, loc in ipairs(r.result or {}) do table.insert(result.definitions, loc.uri or loc.targetUri) end
end

local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
