/// PageRank by power iteration over an undirected weighted graph given as edges between
/// vertices `0..<count`: each vertex passes its rank to its neighbors in proportion to the edge
/// weights; rank of vertices without edges is spread evenly.
///
/// - Complexity: O(iterations × (vertices + edges)).
public struct PageRank: Sendable {
    public var damping = 0.85
    public var iterations = 100
    /// Stops early once the ranks change by less than this in total (L1).
    public var tolerance = 1e-9

    public init() {}

    public func ranks(count: Int, edges: [(Int, Int, Double)]) -> [Double] {
        guard count > 0 else { return [] }
        var strength = [Double](repeating: 0, count: count)
        for (a, b, w) in edges { strength[a] += w; strength[b] += w }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        for _ in 0..<iterations {
            var next = [Double](repeating: 0, count: count)
            var dangling = 0.0
            for v in 0..<count where strength[v] == 0 { dangling += rank[v] }
            for (a, b, w) in edges {
                next[b] += damping * rank[a] * w / strength[a]
                next[a] += damping * rank[b] * w / strength[b]
            }
            let base = (1 - damping + damping * dangling) / Double(count)
            var change = 0.0
            for v in 0..<count {
                next[v] += base
                change += abs(next[v] - rank[v])
            }
            rank = next
            if change < tolerance { break }
        }
        return rank
    }
}
