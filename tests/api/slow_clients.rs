//! Slow clients: connections that trickle their headers are closed after HEADER_READ_TIMEOUT,
//! and open connections are bounded (MAX_CONNECTIONS), while /healthz keeps answering. Real
//! sockets on 127.0.0.1; every loop is bounded in count and time.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::*;

/// A client that never reuses a connection, so that each check opens a fresh one (a pooled
/// connection could be one the server just closed as idle).
fn fresh_client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn host(app: &TestApp) -> String {
    app.address.trim_start_matches("http://").to_owned()
}

/// Sends a request line and headers one byte every 100 ms (never finishing) until the server
/// closes the connection; returns how long that took, or None if it was still open after 8 s.
async fn trickle(addr: String) -> Option<Duration> {
    let started = Instant::now();
    let mut stream = TcpStream::connect(&addr).await.ok()?;
    let request = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
    let mut buf = [0u8; 512];
    for byte in request.iter().chain(std::iter::repeat(&b'a')).take(80) {
        if stream.write_all(&[*byte]).await.is_err() {
            return Some(started.elapsed());
        }
        // A closed connection reads as end-of-file (or a reset); silence is a timeout.
        let read = tokio::time::timeout(Duration::from_millis(100), stream.read(&mut buf)).await;
        if let Ok(Ok(0) | Err(_)) = read {
            return Some(started.elapsed());
        }
    }
    None
}

async fn healthz_answers(app: &TestApp, client: &reqwest::Client) -> bool {
    matches!(
        client.get(app.url("/healthz")).send().await,
        Ok(res) if res.status() == 200
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trickling_clients_are_closed_after_the_header_timeout_while_healthz_answers() {
    let app = spawn_with(
        Backend::Sqlite,
        &[("HEADER_READ_TIMEOUT", "1s"), ("MAX_CONNECTIONS", "400")],
    )
    .await;
    let clients: Vec<_> = (0..300)
        .map(|_| tokio::spawn(trickle(host(&app))))
        .collect();

    // Meanwhile the server answers: every 100 ms for 1.5 s, each on a new connection.
    let health = fresh_client();
    for _ in 0..15 {
        assert!(healthz_answers(&app, &health).await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let mut closed_after = Vec::new();
    for client in clients {
        let closed = client.await.unwrap();
        closed_after.push(closed.expect("the server closed a trickling connection"));
    }
    // Closed by the timeout (1 s), not at once and not much later (8 s would mean never).
    let (fastest, slowest) = (
        closed_after.iter().min().unwrap(),
        closed_after.iter().max().unwrap(),
    );
    assert!(*fastest >= Duration::from_millis(900), "{fastest:?}");
    assert!(*slowest < Duration::from_secs(5), "{slowest:?}");
    assert!(healthz_answers(&app, &health).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_connections_are_bounded_and_the_server_answers_once_they_go() {
    let app = spawn_with(
        Backend::Sqlite,
        &[("HEADER_READ_TIMEOUT", "3s"), ("MAX_CONNECTIONS", "20")],
    )
    .await;
    let health = fresh_client();
    assert!(healthz_answers(&app, &health).await);

    // Twenty silent connections take every slot.
    let mut silent = Vec::new();
    for _ in 0..20 {
        silent.push(TcpStream::connect(host(&app)).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    // The next one waits in the backlog: no answer while the slots are taken.
    let waiting = tokio::time::timeout(
        Duration::from_millis(700),
        health.get(app.url("/healthz")).send(),
    )
    .await;
    assert!(
        waiting.is_err(),
        "answered beyond MAX_CONNECTIONS: {waiting:?}"
    );

    // Once they go, it answers again.
    drop(silent);
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut answered = false;
    while !answered && Instant::now() < deadline {
        answered = healthz_answers(&app, &health).await;
    }
    assert!(answered, "no answer after the connections closed");
}
