//! Serving connections: our own accept loop instead of `axum::serve`, which runs hyper without a
//! timer (so a client that trickles its headers a byte at a time holds its connection forever)
//! and accepts without bound (so enough such clients use up the process's file descriptors, and
//! then nobody is served). Here each connection must send its headers within
//! `HEADER_READ_TIMEOUT`, and at most `MAX_CONNECTIONS` are open at once; the others wait in
//! the kernel's listen backlog, costing this process no descriptor, until one closes.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::Service;

/// Descriptors kept back from connections for everything else the process opens: database and
/// Redis pools, SMTP, mail files, templates, logs. At least this many, or an eighth of the limit.
const RESERVED_DESCRIPTORS: usize = 128;

/// How long to back off when `accept` fails for lack of descriptors or memory.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// How connections are bounded.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_read_timeout: Duration,
    pub max_connections: usize,
}

/// The process's soft descriptor limit (RLIMIT_NOFILE), if it can be read and is finite.
pub fn descriptor_limit() -> Option<usize> {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit only writes the struct we pass, which lives for the call.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut limit) } == 0;
        if ok && limit.rlim_cur != libc::RLIM_INFINITY {
            return usize::try_from(limit.rlim_cur).ok();
        }
        None
    }
    #[cfg(not(unix))]
    None
}

/// Open connections allowed under a descriptor limit of `limit`: the limit minus a reserve for
/// everything else (`RESERVED_DESCRIPTORS`, or an eighth of the limit if that is more), and at
/// least one. Without a known limit, a bound that a default Linux limit (1,024) would not meet
/// is pointless, so 10,000.
pub fn connections_below(limit: Option<usize>) -> usize {
    match limit {
        Some(limit) => limit
            .saturating_sub(RESERVED_DESCRIPTORS.max(limit / 8))
            .max(1),
        None => 10_000,
    }
}

/// Serves `app` on `listener` until `shutdown` completes; then stops accepting and waits for
/// the open connections to finish their requests (idle ones are closed at once).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let mut make_service = app.into_make_service_with_connect_info::<SocketAddr>();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A slot first, then the connection: while all slots are taken, new connections stay in
        // the backlog instead of being accepted and held.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break, // never closed
            },
            () = &mut shutdown => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Per-connection failures (reset before accept) need nothing; running out
                    // of descriptors or memory needs a pause, or the loop spins.
                    if !is_connection_error(&err) {
                        tracing::warn!(error = %err, "accept failed; backing off");
                        tokio::time::sleep(ACCEPT_BACKOFF).await;
                    }
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // `IntoMakeServiceWithConnectInfo` is always ready and infallible; it hands the router
        // the client's address (`ConnectInfo`), which per-address limits rely on.
        let Ok(service) = make_service.call(remote).await;
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(error = %err, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// Errors of one connection, not of the listener.
fn is_connection_error(err: &std::io::Error) -> bool {
    matches!(
        err.kind(),
        std::io::ErrorKind::ConnectionRefused
            | std::io::ErrorKind::ConnectionAborted
            | std::io::ErrorKind::ConnectionReset
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_stay_below_the_descriptor_limit_with_room_to_spare() {
        assert_eq!(connections_below(Some(1024)), 1024 - 128);
        assert_eq!(connections_below(Some(65_536)), 65_536 - 8192);
        assert_eq!(connections_below(Some(100)), 1);
        assert_eq!(connections_below(None), 10_000);
        assert!(descriptor_limit().is_none_or(|n| n > 0));
    }
}
