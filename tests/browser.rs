//! The parts of the test suite written in TypeScript/JavaScript, run against this build's
//! server binary: the typed client's integration tests (Node) and the console and GraphiQL in
//! real Chromium (playwright-core driving Debian's `chromium`; nothing downloads a browser).
//!
//! On a developer's machine without Node, the npm packages (`npm ci` in the folder) or Chromium,
//! each suite is skipped with a message saying what is missing. With `CI=true` (as `.ci/run`
//! sets) or `TEST_REQUIRE_BROWSER=1`, missing pieces fail the test instead.

use std::path::PathBuf;
use std::process::Command;

fn required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
        || std::env::var("TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    path.exists().then_some(path)
}

/// Runs `npm run <script>` in `dir` with the server binary; skips (or fails when required)
/// when something it needs is missing.
fn run_suite(dir: &str, script: &str, needs_browser: bool) {
    let folder = root().join(dir);
    let mut missing = Vec::new();
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("Node.js (node)".to_owned());
    }
    if !folder.join("node_modules").is_dir() {
        missing.push(format!("the npm packages (run `npm ci` in {dir})"));
    }
    let browser = chromium();
    if needs_browser && browser.is_none() {
        missing.push("Chromium (apt install chromium, or set CHROMIUM)".to_owned());
    }
    if !missing.is_empty() {
        let message = format!("{dir}: {script} needs {}", missing.join(", "));
        assert!(!required(), "{message}");
        eprintln!("SKIPPED {message}");
        return;
    }
    let mut command = Command::new("npm");
    command
        .args(["run", "--silent", script])
        .current_dir(&folder)
        .env("PORTCULLIS_BIN", env!("CARGO_BIN_EXE_portcullis"));
    if let Some(path) = browser {
        command.env("CHROMIUM", path);
    }
    let status = command.status().expect("npm runs");
    assert!(
        status.success(),
        "{dir}: npm run {script} failed ({status})"
    );
}

#[test]
fn typed_client_against_the_server() {
    run_suite("clients/typescript", "test", false);
}

#[test]
fn console_and_graphiql_in_chromium() {
    run_suite("tests/browser", "test", true);
}
