/// The first feature index of each 64-bit id hash seen so far: an open-addressing table with
/// linear probing, one slot (hash, index) per cache line share. The hashes are FNV-1a values,
/// already well spread, so they index the table directly instead of going through `Hasher`
/// (SipHash) as a `Dictionary` would: duplicate-id detection was a tenth of the time of
/// loading a million BAG panden.
struct IDTable {
    private struct Slot {
        var hash: UInt64
        /// The first index with this hash, -1 for an empty slot.
        var index: Int
    }

    private var slots: [Slot]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(hash: 0, index: -1), count: size)
    }

    /// The index stored for `hash`, or nil after storing `index` for it.
    mutating func firstIndex(of hash: UInt64, orInsert index: Int) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while slots[slot].index >= 0 {
            if slots[slot].hash == hash { return slots[slot].index }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: hash, index: index)
        count += 1
        return nil
    }

    private mutating func grow() {
        var bigger = IDTable(capacity: slots.count)
        for slot in slots where slot.index >= 0 { _ = bigger.firstIndex(of: slot.hash, orInsert: slot.index) }
        self = bigger
    }
}
