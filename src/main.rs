//! The `portcullis` binary: `serve` (default), `migrate`, `schema`, `create-admin`.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use portcullis::clock::SystemClock;
use portcullis::domain::Role;
use portcullis::services::accounts::Registration;
use portcullis::{Application, Config};
use secrecy::SecretString;

#[derive(Parser)]
#[command(
    name = "portcullis",
    version,
    about = "Authentication and data server for GraphQL apps"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the GraphQL API (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the GraphQL schema (SDL) and exit.
    Schema,
    /// Create an ADMIN account; the password is read from standard input, never from arguments.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        username: String,
    },
}

fn main() -> ExitCode {
    keep_large_allocations_in_mmap();
    let cli = Cli::parse();
    if let Some(Command::Schema) = cli.command {
        print!("{}", portcullis::graphql::sdl());
        return ExitCode::SUCCESS;
    }
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let telemetry = match portcullis::telemetry::init(config.log_format, config.traces.as_ref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(config).await,
            Command::Migrate => migrate(config).await,
            Command::CreateAdmin { email, username } => create_admin(config, email, username).await,
            Command::Schema => Ok(()),
        }
    });
    // Out of the runtime: the exporter's last batch is sent on its own thread.
    drop(runtime);
    telemetry.shutdown();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let app = Application::build(config)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(
        "Portcullis listening on http://{} (GraphiQL at /graphql)",
        app.local_addr()
    );
    app.run_until(portcullis::startup::shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))
}

async fn migrate(config: Config) -> Result<(), String> {
    let db = portcullis::db::connect(&config)
        .await
        .map_err(|e| format!("cannot connect to the database (DATABASE_URL): {e}"))?;
    portcullis::db::migrate(&db)
        .await
        .map_err(|e| format!("cannot apply database migrations: {e}"))?;
    tracing::info!("migrations applied");
    Ok(())
}

async fn create_admin(config: Config, email: String, username: String) -> Result<(), String> {
    let password = read_password()?;
    let state = portcullis::startup::prepare_state(config, Arc::new(SystemClock))
        .await
        .map_err(|e| e.to_string())?;
    let user = state
        .accounts
        .create(
            Registration {
                email,
                username,
                password,
            },
            Role::Admin,
        )
        .await
        .map_err(|e| match e {
            portcullis::AppError::BadUserInput { field, message } => format!("{field}: {message}"),
            other => other.to_string(),
        })?;
    println!("{}", user.id);
    Ok(())
}

/// Every argon2id hash allocates one 19 MiB block. glibc raises its mmap threshold after the
/// first such block is freed, so later ones come from the heap arenas and stay mapped: measured,
/// RSS grew from 28 to 374 MiB after 45 logins and never came back. A fixed threshold (which
/// also turns the dynamic one off) keeps blocks of 1 MiB and more in their own mappings, given
/// back to the system when freed. `MALLOC_MMAP_THRESHOLD_` in the environment still wins.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_large_allocations_in_mmap() {
    if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_some() {
        return;
    }
    // SAFETY: mallopt only tunes the allocator's parameters; it runs first thing in main,
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_large_allocations_in_mmap() {}

/// From a terminal: prompted twice without echo. Otherwise: the first line of standard input.
fn read_password() -> Result<SecretString, String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ").map_err(|e| e.to_string())?;
        let second = rpassword::prompt_password("Repeat password: ").map_err(|e| e.to_string())?;
        if first != second {
            return Err("the passwords do not match".into());
        }
        return Ok(SecretString::from(first));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        return Err("no password on standard input".into());
    }
    Ok(SecretString::from(password))
}
