/// The 64-bit id hashes seen so far, with the first feature index of each when the table is
/// indexed: an open-addressing table with linear probing. The hashes are FNV-1a values,
/// already well spread, so they index the table directly instead of going through `Hasher`
/// (SipHash) as a `Dictionary` would: duplicate-id detection was a tenth of the time of
/// loading a million BAG panden.
///
/// A slot holds the hash (8 bytes) and, in an indexed table, the index (8 more). The
/// parallel loader only asks whether a hash was seen (its messages come from the sequential
/// read), so its table of a million ids holds 16 MiB instead of 32.
struct IDTable {
    /// The hash in each slot, 0 for an empty slot (the hash 0 itself is kept aside).
    private var hashes: [UInt64]
    /// The first index with the slot's hash; empty for a table of hashes only.
    private var indices: [Int]
    /// The first index with hash 0, when that hash was seen.
    private var zero: Int?
    private let indexed: Bool
    private(set) var count = 0

    /// A table with room for `capacity` hashes before it grows, keeping the first index of
    /// each hash when `indexed`.
    init(capacity: Int = 1024, indexed: Bool = true) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        indices = indexed ? Array(repeating: 0, count: size) : []
        self.indexed = indexed
    }

    /// The index stored for `hash`, or nil after storing `index` for it (indexed tables only).
    mutating func firstIndex(of hash: UInt64, orInsert index: Int) -> Int? {
        precondition(indexed, "firstIndex(of:orInsert:) needs an indexed IDTable")
        if hash == 0 {
            guard let first = zero else {
                zero = index
                count += 1
                return nil
            }
            return first
        }
        let (slot, found) = self.slot(for: hash)
        if found { return indices[slot] }
        indices[slot] = index
        return nil
    }

    /// Stores `hash`; false when it was there already.
    mutating func insert(_ hash: UInt64) -> Bool {
        if hash == 0 {
            guard zero == nil else { return false }
            zero = 0
            count += 1
            return true
        }
        return !slot(for: hash).found
    }

    /// The slot holding `key` (not 0), or the empty slot where it is now stored.
    private mutating func slot(for key: UInt64) -> (Int, found: Bool) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == key { return (slot, true) }
            slot = (slot + 1) & mask
        }
        hashes[slot] = key
        count += 1
        return (slot, false)
    }

    private mutating func grow() {
        var bigger = IDTable(capacity: hashes.count, indexed: indexed)
        bigger.zero = zero
        bigger.count = zero == nil ? 0 : 1
        for slot in hashes.indices where hashes[slot] != 0 {
            let (new, _) = bigger.slot(for: hashes[slot])
            if indexed { bigger.indices[new] = indices[slot] }
        }
        self = bigger
    }
}
