// Korean UI text: scenario (the notes' own terms: 토픽, 파티션, 오프셋, 리더, 팔로워, 컨트롤러).
import type { Messages } from '../messages';

export const scenario: Messages['scenario'] = {};
