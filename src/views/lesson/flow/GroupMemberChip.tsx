// A member's chip: its colour and number. An image named by the client id, or decorative where
// the client id is written next to it (the member list).
import { memberColor } from './groupColors';

export function GroupMemberChip({
  member,
  revoking = false,
  decorative = false,
}: {
  member: { clientId: string; index: number; tag: string };
  revoking?: boolean;
  decorative?: boolean;
}) {
  const color = memberColor(member.index);
  return (
    <span
      className={revoking ? 'group-chip is-revoking' : 'group-chip'}
      // Revoking: an outline in the member's colour, as the partition is on its way out.
      style={revoking ? { borderColor: color, color } : { background: color, borderColor: color }}
      title={member.clientId}
      data-member={member.index}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': member.clientId })}
    >
      {member.tag}
    </span>
  );
}
