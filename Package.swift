// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .executable(name: "newsgraph", targets: ["NewsGraphCLI"]),
        .executable(name: "newsgraph-bench", targets: ["NewsGraphBench"]),
    ],
    targets: [
        .target(
            name: "NewsGraph",
            resources: [.copy("Resources/lexicons")]
        ),
        .executableTarget(name: "NewsGraphCLI", dependencies: ["NewsGraph"]),
        .executableTarget(name: "NewsGraphBench", dependencies: ["NewsGraph"]),
        .testTarget(
            name: "NewsGraphTests",
            dependencies: ["NewsGraph"],
            exclude: ["Tools"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
