//! End to end against a real SMTP server (aiosmtpd, installed by .ci/run): the link in the
//! received message completes the flow, and mail queued while the server was down arrives once it
//! is up. Runs when `TEST_SMTP_PYTHON` names a Python with aiosmtpd (required in CI).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::helpers::*;

/// A real SMTP server on 127.0.0.1 that stores what it receives in a maildir.
struct SmtpServer {
    child: Child,
    maildir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl SmtpServer {
    fn python() -> Option<PathBuf> {
        optional_service("TEST_SMTP_PYTHON").map(PathBuf::from)
    }

    async fn start(python: &Path, port: u16) -> SmtpServer {
        let maildir = tempfile::tempdir().expect("maildir");
        let child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            // A path that does not exist yet: the handler creates the maildir (new/, cur/, tmp/).
            .arg(maildir.path().join("maildir"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        SmtpServer { child, maildir }
    }

    async fn mail_to(&self, to: &str, count: usize) -> Vec<Mail> {
        wait_for_mail_in(&self.maildir.path().join("maildir/new"), to, count).await
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verification_and_reset_links_from_a_real_smtp_server_complete_the_flows() {
    let Some(python) = SmtpServer::python() else {
        return;
    };
    let port = free_port();
    let server = SmtpServer::start(&python, port).await;
    let url = format!("smtp://127.0.0.1:{port}");
    let app = spawn_with(
        Backend::Sqlite,
        &[
            ("SMTP_URL", url.as_str()),
            ("PUBLIC_URL", "https://auth.example.com"),
            ("MAIL_FROM", "Example Auth <auth@example.com>"),
        ],
    )
    .await;
    let acct = app.register("smtp").await;

    let mail = server.mail_to(&acct.email, 1).await.remove(0);
    assert_eq!(mail.from, "auth@example.com");
    assert_eq!(mail.subject, "Confirm your email address for Portcullis");
    assert!(
        mail.html
            .contains("https://auth.example.com/verify-email?token=")
    );
    let token = mail.link_token("verify-email");
    let body = app
        .gql(
            "mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }",
            json!({ "t": token }),
            None,
        )
        .await;
    assert_eq!(body["data"]["verifyEmail"]["emailVerified"], true, "{body}");

    app.gql(
        "mutation($e: String!) { requestPasswordReset(email: $e) }",
        json!({ "e": acct.email }),
        None,
    )
    .await;
    let mail = server.mail_to(&acct.email, 2).await.remove(1);
    let token = mail.link_token("reset-password");
    let body = app
        .gql(
            "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }",
            json!({ "t": token, "p": "reset over real smtp" }),
            None,
        )
        .await;
    assert_eq!(body["data"]["resetPassword"], true, "{body}");
    let body = app.login(&acct.username, "reset over real smtp").await;
    assert_eq!(body["data"]["login"]["__typename"], "AuthPayload", "{body}");
    let notice = server.mail_to(&acct.email, 3).await.remove(2);
    assert_eq!(notice.subject, "Your Portcullis password was reset");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_queued_while_the_smtp_server_is_down_arrives_once_it_is_up() {
    let Some(python) = SmtpServer::python() else {
        return;
    };
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    let app = spawn_with(Backend::Sqlite, &[("SMTP_URL", url.as_str())]).await;

    // Down: the mutation neither fails nor waits for the mail server.
    let started = Instant::now();
    let acct = app.register("outage").await;
    let took = started.elapsed();
    use sea_orm::EntityTrait;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let rows = entity::mail_outbox::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap();
        if rows
            .iter()
            .any(|r| r.attempts >= 1 && r.last_error.is_some())
        {
            assert!(rows.iter().all(|r| r.sent_at.is_none()));
            break;
        }
        assert!(Instant::now() < deadline, "no failed attempt recorded");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    eprintln!("register with the SMTP server down took {took:?}");

    // Up: the retry (5 s of backoff on the app's clock) delivers it.
    let server = SmtpServer::start(&python, port).await;
    app.clock.advance(Duration::from_secs(6));
    let mail = server.mail_to(&acct.email, 1).await.remove(0);
    let token = mail.link_token("verify-email");
    let body = app
        .gql(
            "mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }",
            json!({ "t": token }),
            None,
        )
        .await;
    assert_eq!(body["data"]["verifyEmail"]["emailVerified"], true, "{body}");
    let row = entity::mail_outbox::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.sent_at.is_some());
    assert!(row.attempts >= 2, "{}", row.attempts);
}
