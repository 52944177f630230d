import NER

/// Resolution's renames as both stores apply them.
package enum RenameChains {
    /// Each renamed key with the key it ends up as, chains followed (`a → b`, `b → c` gives
    /// `a → c`), in key order; keys that end up as themselves are left out.
    package static func final(_ renamed: [EntityKey: EntityKey]) -> [(old: EntityKey, new: EntityKey)] {
        renamed.keys.sorted().compactMap { old in
            var new = renamed[old]!
            var hops = 0
            while let next = renamed[new], next != new, hops < renamed.count { new = next; hops += 1 }
            return new == old ? nil : (old, new)
        }
    }
}
