// All English UI text, by area. English is the reference: every key here must exist in Korean.
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

export const en = {
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
