extension Array {
    /// The elements ordered by `key`, in their order among equal keys. When the keys span no
    /// more than four times as many values as there are elements (the ids of a batch's entities,
    /// say), each element is counted into place, with no comparisons; otherwise they are sorted.
    func stablySorted(byKey key: (Element) -> Int64) -> [Element] {
        guard let first = self.first else { return self }
        var low = key(first), high = low
        for element in self {
            let value = key(element)
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        // Swift's sort is stable.
        guard high - low < 4 * Int64(count) else { return sorted { key($0) < key($1) } }
        // Where each key's elements start, then where the next of them goes.
        var next = [Int](repeating: 0, count: Int(high - low) + 2)
        for element in self { next[Int(key(element) - low) + 1] += 1 }
        for i in 1..<next.count { next[i] += next[i - 1] }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            for element in self {
                let slot = Int(key(element) - low)
                (buffer.baseAddress! + next[slot]).initialize(to: element)
                next[slot] += 1
            }
            initialized = count
        }
    }

    /// The elements ordered by `key`, and those of one key by `areInIncreasingOrder`: counted
    /// into place by key as ``stablySorted(byKey:)`` does, then each key's sorted.
    func stablySorted(byKey key: (Element) -> Int64, then areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        var ordered = stablySorted(byKey: key)
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count, key(ordered[end]) == key(ordered[start]) { end += 1 }
            ordered[start..<end].sort(by: areInIncreasingOrder)
            start = end
        }
        return ordered
    }
}
