// CRC-32C (Castagnoli), the checksum of a RecordBatch v2 (KAFKA.md 2.6). Kafka computes it with
// java.util.zip.CRC32C over attributes … end of batch (K@3.6.2 clients/.../common/utils/Crc32C.java,
// DefaultRecordBatch.writeHeader); table-driven, reflected polynomial 0x82F63B78, init and final xor ~0.

/** The reflected Castagnoli polynomial (RFC 3720 B.4). */
export const CRC32C_POLYNOMIAL = 0x82f63b78;

/** One table entry per byte value: the CRC of that byte shifted through 8 rounds. */
const TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ CRC32C_POLYNOMIAL : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32C of `bytes[start, end)`, as an unsigned 32-bit number (what Kafka writes as the batch's
 * `crc` with ByteUtils.writeUnsignedInt, and what DefaultRecordBatch.checksum() reads back).
 */
export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) {
    c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}
