// All English UI text, by area. English is the reference: every key here must exist in Korean.
import { app } from './app';
import { diagram } from './diagram';
import { logView } from './logView';
import { playback } from './playback';
import { setup } from './setup';
import { timeline } from './timeline';
import { scenario } from './scenario';

export const en = { app, diagram, logView, playback, setup, timeline, scenario };
