/**
 * `npm run test:electron`: the extension-host suite (test/e2e/suite) under @vscode/test-electron,
 * the ecosystem's standard runner, on machines that can download VS Code desktop. (Here VS Code's
 * download host is out of reach, so CI runs the same suite in code-server: test/e2e/host.test.ts.)
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { EXAMPLES, ROOT } from '../paths';

async function main(): Promise<void> {
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
      launchArgs: [EXAMPLES, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    console.error(`The extension-host tests failed or could not start VS Code: ${String(e)}`);
    process.exitCode = 1;
  }
}

void main();
