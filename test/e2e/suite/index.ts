/**
 * The extension-host suite's entry: VS Code loads this module (extensionTestsPath) inside its
 * extension host and calls run(); mocha runs the *.suite.js files beside it.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
  for (const f of readdirSync(__dirname)) if (f.endsWith('.suite.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host tests failed`)) : resolve()));
  });
}
