// All Korean UI text, by area; typed against the English reference so no key can be missing.
import type { Messages } from '../messages';
import { app } from './app';
import { diagram } from './diagram';
import { logView } from './logView';
import { playback } from './playback';
import { setup } from './setup';
import { timeline } from './timeline';
import { scenario } from './scenario';

export const ko: Messages = { app, diagram, logView, playback, setup, timeline, scenario };
