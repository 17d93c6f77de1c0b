// All Korean UI text, by area; typed against the English reference so no key can be missing.
import type { Messages } from '../messages';
import { app } from './app';
import { clusterViews } from './clusterViews';
import { concepts } from './concepts';
import { course } from './course';
import { flow } from './flow';
import { groupProtocol } from './groupProtocol';
import { diagram } from './diagram';
import { logView } from './logView';
import { playback } from './playback';
import { setup } from './setup';
import { timeline } from './timeline';
import { unclean } from './unclean';
import { scenario } from './scenario';
import { storage } from './storage';
import { terminal } from './terminal';
import { invariants } from './invariants';
import { durability } from './durability';
import { producerPanel } from './producerPanel';

export const ko: Messages = {
  app,
  course,
  diagram,
  logView,
  playback,
  setup,
  timeline,
  scenario,
  flow,
  groupProtocol,
  concepts,
  clusterViews,
  unclean,
  storage,
  terminal,
  invariants,
  durability,
  producerPanel,
};
