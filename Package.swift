// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "graphtool",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NER", targets: ["NER"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "NewsCollections", targets: ["NewsCollections"]),
        .executable(name: "graphtool", targets: ["graphtool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "NER",
            dependencies: ["CPrefetch"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Graph",
            dependencies: ["NER", "CLibXML2", "CZlib", "CLz4", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .target(
            name: "PostgresStore",
            dependencies: [
                "Graph",
                "NER",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "Evaluation", dependencies: ["NER"]),
        .target(name: "NewsCollections", dependencies: ["CLibXML2", "CZlib"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLz4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CPrefetch"),
        .systemLibrary(name: "CAffinity"),
        .executableTarget(name: "collections-read", dependencies: ["NewsCollections"]),
        .target(
            name: "Server",
            dependencies: [
                "Graph",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "graphtool",
            dependencies: [
                "NER",
                "Graph",
                "Server",
                "PostgresStore",
                "Evaluation",
                "NewsCollections",
                "CMalloc",
                "CAffinity",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["NER"], path: "Tests/TestSupport"),
        .testTarget(name: "NERTests", dependencies: ["NER", "TestSupport"]),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "PostgresStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"], exclude: ["Data"]),
        .testTarget(name: "CollectionsTests", dependencies: ["NewsCollections", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Graph", "TestSupport"]),
        .testTarget(name: "GraphToolTests", dependencies: ["graphtool", "TestSupport"]),
    ]
)
