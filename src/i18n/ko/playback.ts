// Korean UI text: playback bar, sharing, keyboard help.
import type { Messages } from '../messages';

export const playback: Messages['playback'] = {
  controls: '재생 제어',
  play: '재생',
  pause: '일시 정지',
  stepForward: '다음 이벤트로',
  stepBack: '이전 이벤트로',
  share: '공유',
  time: '시간',
  speed: '속도',
  linkCopied: '링크를 복사했습니다',
  copyManually: '이 링크를 직접 복사하세요:',
  shareLink: '공유 링크',
  keyboard: '키보드',
  keyboardTitle: '키보드 단축키',
  spaceKey: '스페이스',
  keyPlay: '재생 / 일시 정지',
  keyStep: '다음 / 이전 주요 이벤트로 이동',
  keySpeed: '느리게 / 빠르게',
  keyNote: '입력 칸에 글을 쓰는 동안에는 단축키가 꺼집니다.',
  close: '닫기',
  paused: '일시 정지됨',
  playing: '{speed} 속도로 재생 중',
};
