// Shared SVG definitions: hatch patterns for offline things, a soft card shadow.
export function DiagramDefs() {
  return (
    <defs>
      <pattern
        id="kd-hatch"
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={6} stroke="#9aa1ac" strokeWidth={1.4} strokeOpacity={0.55} />
      </pattern>
      <pattern
        id="kd-hatch-light"
        width={9}
        height={9}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={9} stroke="#c5cad2" strokeWidth={1.5} strokeOpacity={0.5} />
      </pattern>
      <filter id="kd-shadow" x="-10%" y="-10%" width="120%" height="130%">
        <feDropShadow dx={0} dy={1.5} stdDeviation={2} floodColor="#1c2430" floodOpacity={0.1} />
      </filter>
    </defs>
  );
}
