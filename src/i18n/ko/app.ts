// Korean UI text: app shell (the notes' own terms: 토픽, 파티션, 오프셋, 리더, 팔로워, 컨트롤러).
import type { Messages } from '../messages';

export const app: Messages['app'] = {
  title: '눈으로 보는 카프카',
};
