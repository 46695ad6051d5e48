//! The binary: subcommands, config errors, create-admin beside a running server, graceful
//! shutdown.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::json;

use crate::helpers::*;

#[test]
fn schema_prints_the_sdl() {
    let out = bin().arg("schema").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        portcullis::graphql::sdl()
    );
}

#[test]
fn bad_config_stops_with_one_line_naming_the_variable() {
    for (var, value) in [
        ("BIND", "nowhere"),
        ("ACCESS_TOKEN_TTL", "soon"),
        ("DATABASE_URL", "oracle://db"),
        ("JWT_ALGORITHM", "RS1"),
    ] {
        let out = bin().arg("migrate").env(var, value).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains(var), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let out = bin()
        .arg("migrate")
        .env("JWT_ALGORITHM", "HS256")
        .env("JWT_SECRET", "too-short")
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("JWT_SECRET") && !stderr.contains("too-short"),
        "{stderr}"
    );
}

#[test]
fn migrate_creates_the_embedded_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("portcullis.db").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_admin_reads_the_password_from_stdin_beside_a_running_server() {
    let app = spawn(Backend::Sqlite).await;
    let mut child = bin()
        .args([
            "create-admin",
            "--email",
            "root@example.com",
            "--username",
            "root",
        ])
        .env("DATABASE_URL", &app.db.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"an admin passphrase\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    uuid::Uuid::parse_str(&id).expect("prints the new user's id");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("an admin passphrase"));

    let body = app.login("root", "an admin passphrase").await;
    assert_eq!(body["data"]["login"]["user"]["id"], id.as_str(), "{body}");
    assert_eq!(body["data"]["login"]["user"]["role"], "ADMIN");
    let (_, claims) = jwt_parts(body["data"]["login"]["accessToken"].as_str().unwrap());
    assert_eq!(claims["role"], "ADMIN");

    // Same rules as register: a weak password or a taken name is refused.
    let mut child = bin()
        .args([
            "create-admin",
            "--email",
            "root2@example.com",
            "--username",
            "root",
        ])
        .env("DATABASE_URL", &app.db.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"another admin passphrase\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("username"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_in_flight_requests_finish() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = bin()
        .arg("serve")
        .current_dir(dir.path())
        .env("BIND", "127.0.0.1:0")
        .env("HASH_CONCURRENCY", "1")
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let address = listening_address(&mut child);
    let client = reqwest::Client::new();
    let register = |n: usize| {
        let client = client.clone();
        let url = format!("{address}/graphql");
        async move {
            client
                .post(url)
                .json(&json!({
                    "query": "mutation($i: RegisterInput!) { register(input: $i) { user { id } } }",
                    "variables": { "i": { "email": format!("u{n}@example.com"), "username": format!("user{n}"), "password": PASSWORD } }
                }))
                .send()
                .await
        }
    };
    // Twelve registrations queue behind one hashing permit. SIGTERM is sent once the first has
    // been answered, so the others are certainly in flight (read, waiting to hash).
    let mut pending: futures::stream::FuturesUnordered<_> = (0..12).map(register).collect();
    use futures::StreamExt;
    let mut answered = vec![pending.next().await.unwrap()];
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    while let Some(result) = pending.next().await {
        answered.push(result);
    }
    assert_eq!(answered.len(), 12);
    for r in answered {
        let body: serde_json::Value = r.expect("in-flight request answered").json().await.unwrap();
        assert!(body["data"]["register"]["user"]["id"].is_string(), "{body}");
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}
