import NER

/// How the visual formats (DOT, GEXF, Cytoscape, the `serve` page) draw an entity type: a color and a shape.
public struct ExportStyle: Sendable, Codable, Equatable {
    /// `#rrggbb`.
    public var color: String
    /// The Graphviz node shape.
    public var dotShape: String

    /// The style of entities of `type`.
    public static func of(_ type: EntityType) -> ExportStyle {
        switch type {
        case .person: ExportStyle(color: "#4e79a7", dotShape: "ellipse")
        case .place: ExportStyle(color: "#59a14f", dotShape: "box")
        case .organization: ExportStyle(color: "#f28e2b", dotShape: "hexagon")
        case .company: ExportStyle(color: "#e15759", dotShape: "diamond")
        }
    }

    /// The color as red, green and blue components, 0–255.
    var rgb: (Int, Int, Int) {
        let value = Int(color.dropFirst(), radix: 16) ?? 0
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }

    /// A node size that grows with the square root of the mentions: 10 for one mention.
    static func size(mentions: Int) -> Double {
        (10 * Double(max(1, mentions)).squareRoot()).rounded(toPlaces: 1)
    }

    /// A line width that grows with the square root of the weight, from 1.5 up to 8.
    static func penWidth(weight: Int) -> Double {
        min(8, 1 + Double(max(1, weight)).squareRoot() / 2).rounded(toPlaces: 1)
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
