/** Entry point of the bundled language server (`dist/server.js`). */
import { startServer } from './main';

startServer();
