// Static assets the pages need: the stylesheet (the CSP allows no inline style).
import { Hono } from 'hono';
import { STYLESHEET, STYLESHEET_PATH } from '../../pages/stylesheet';
import type { AppEnv } from '../app-env';

/** The stylesheet at `STYLESHEET_PATH`. */
export const assetRoutes = new Hono<AppEnv>().get(STYLESHEET_PATH, (c) =>
  c.body(STYLESHEET, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'public, max-age=3600',
  }),
);
