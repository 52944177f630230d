extension Array where Element: Equatable {
    /// Moves the distinct elements of a sorted array to its front; returns how many there are.
    mutating func uniquePrefix() -> Int {
        guard !isEmpty else { return 0 }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        return kept
    }
}
