import { resolve } from 'node:path';

/** The production build the build checks read (`WXT_OUT_DIR` lets parallel builds use their own folder). */
export const BUILD_DIR = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
