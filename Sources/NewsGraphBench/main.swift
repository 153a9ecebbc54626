import Foundation
import NewsGraph

// The benchmark harness (issue 7) replaces this placeholder.
print("newsgraph-bench: no benchmarks yet")
