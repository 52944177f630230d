#if canImport(Glibc)
import CAffinity
#endif
import Foundation

/// The processor cores this process may run on: those of its CPU affinity mask on Linux (as
/// `taskset`, a container's CPU set or `nproc` limit them), else every active core.
enum AvailableCores {
    static var count: Int {
        #if canImport(Glibc)
        let cores = Int(graphtool_affinity_cores())
        if cores > 0 { return cores }
        #endif
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
