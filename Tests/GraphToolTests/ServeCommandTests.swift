import Foundation
import Testing
import TestSupport

/// `graphtool serve` through the built binary: its page in real headless Chromium
/// (Tests/Browser/viewer_test.py, which Scripts/setup.sh equips), and its refusals.
@Suite("serve command")
struct ServeCommandTests {
    @Test("the page in headless Chromium: open on Zelensky, read the Kuleba edge's sentences, search Kiev, land on Kyiv")
    func browser() throws {
        let script = Fixtures.packageRoot.appendingPathComponent("Tests/Browser/viewer_test.py").path
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, "--graphtool", Fixtures.graphtool.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(" passed, 0 failed"), "\(result.stdout)")
    }

    @Test("serve refuses a missing store and a bad port, saying what to do")
    func refusals() throws {
        let missing = try run(Fixtures.graphtool, ["serve", "--db", "/nonexistent/graph.sqlite"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("build one first with `graphtool ingest"))
        let port = try run(Fixtures.graphtool, ["serve", "--port", "70000"])
        #expect(port.status != 0)
        #expect(port.stderr.contains("--port must be from 0 to 65535"))
    }
}
