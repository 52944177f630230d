// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "graphtool",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NER", targets: ["NER"]),
        .executable(name: "graphtool", targets: ["graphtool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "NER",
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "graphtool",
            dependencies: [
                "NER",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["NER"], path: "Tests/TestSupport"),
        .testTarget(name: "NERTests", dependencies: ["NER", "TestSupport"]),
        .testTarget(name: "GraphToolTests", dependencies: ["graphtool", "TestSupport"]),
    ]
)
