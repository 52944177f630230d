/// Remembers what the lexicons said about keys other than a document's single words: names of
/// several words (`New York`, `Russia said`), phrases (`call on`) and lemmas, known or not, so
/// that a key met again costs one probe of a small table instead of probes of the large lexicon.
///
/// Keys of up to 40 bytes are kept in 4,096 slots, one slot a key chosen by a hash of its bytes,
/// and compared on all their bytes. One cache serves one thread (``WordCache`` holds it).
final class PhraseCache {
    /// One remembered key: its bytes, zero-padded, its length, and the look-up, in one 64-byte line.
    private struct Slot {
        var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        var info = LexiconSet.Info()
        var count: UInt8 = 0
        var isFilled = false
        var isKnown = false
    }

    private let slots: UnsafeMutablePointer<Slot>
    private static let slotBits = 12
    private static let maxKeyBytes = 40

    init() {
        let count = 1 << Self.slotBits
        slots = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<Slot>.stride * count, alignment: 64)
            .bindMemory(to: Slot.self, capacity: count)
        slots.initialize(repeating: Slot(), count: count)
    }

    deinit {
        slots.deinitialize(count: 1 << Self.slotBits)
        slots.deallocate()
    }

    /// The remembered look-up of `key`, or the result of `compute`, which is then remembered.
    @inline(__always)
    func info(forKey key: UnsafeBufferPointer<UInt8>, compute: () -> LexiconSet.Info?) -> LexiconSet.Info? {
        guard key.count <= Self.maxKeyBytes else { return compute() }
        let bytes = (Self.word(key, 0), Self.word(key, 1), Self.word(key, 2), Self.word(key, 3), Self.word(key, 4))
        var mixed = bytes.0 &* 0x9E37_79B9_7F4A_7C15 ^ bytes.1 &* 0xC2B2_AE3D_27D4_EB4F ^ bytes.2 &* 0x1656_67B1_9E37_79F9
            ^ bytes.3 &* 0xD6E8_FEB8_6659_FD93 ^ bytes.4 &* 0xFF51_AFD7_ED55_8CCD ^ UInt64(key.count)
        mixed ^= mixed >> 29
        mixed &*= 0x9E37_79B9_7F4A_7C15
        let slot = slots + Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.slotBits))
        if slot.pointee.isFilled, Int(slot.pointee.count) == key.count, slot.pointee.bytes == bytes {
            return slot.pointee.isKnown ? slot.pointee.info : nil
        }
        let found = compute()
        slot.pointee = Slot(bytes: bytes, info: found ?? LexiconSet.Info(), count: UInt8(key.count), isFilled: true, isKnown: found != nil)
        return found
    }

    /// Bytes `8 * n ..< 8 * n + 8` of `key` as one number, zero past its end.
    @inline(__always)
    private static func word(_ key: UnsafeBufferPointer<UInt8>, _ n: Int) -> UInt64 {
        let start = 8 * n
        if start + 8 <= key.count {
            return UInt64(littleEndian: UnsafeRawPointer(key.baseAddress! + start).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        var k = start
        while k < key.count {
            word |= UInt64(key[k]) << (8 * UInt64(k - start))
            k += 1
        }
        return word
    }
}
