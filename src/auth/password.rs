//! argon2id password hashing with the OWASP parameters (m = 19 MiB, t = 2, p = 1) on a pool of
//! `concurrency` dedicated threads: at most `concurrency` hashes run at once, so a login flood can
//! neither allocate 19 MiB per waiting request nor take more threads than that. Waiting hashes
//! queue in arrival order in the pool itself, so a hashing thread that finishes one starts the
//! next at once, without a round trip through the async workers; a hash whose caller went away
//! while it waited is skipped. The hashing threads run at a lower scheduling priority (nice +10
//! on Linux) than the async workers: idle cores are theirs, but when reads and logins compete for
//! the CPU the kernel gives the async workers most of it, so a login flood cannot starve the API.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::OnceCell;

use crate::error::AppError;
use crate::metrics::Metrics;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashParams {
    pub m_cost: u32,
    pub t_cost: u32,
    pub p_cost: u32,
}

impl HashParams {
    /// OWASP Password Storage Cheat Sheet, argon2id option 2.
    pub const OWASP: Self = Self {
        m_cost: 19 * 1024,
        t_cost: 2,
        p_cost: 1,
    };

    /// For recovery codes: 60 random bits each, so a guess costs the attacker 2^59 tries on
    /// average whatever the hash; the salt and argon2id keep a leaked table from being looked
    /// up, and the light work keeps checking a code against ten stored hashes cheap.
    pub const RECOVERY_CODE: Self = Self {
        m_cost: 2 * 1024,
        t_cost: 1,
        p_cost: 1,
    };

    fn argon2(self) -> Result<Argon2<'static>, AppError> {
        let params =
            Params::new(self.m_cost, self.t_cost, self.p_cost, None).map_err(AppError::internal)?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

/// The outcome of checking a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Wrong,
    /// Right, and the stored hash uses the current parameters.
    Right,
    /// Right, but hashed with other parameters: store a new hash.
    RightNeedsRehash,
}

/// How much lower than the async workers the hashing threads run (a nice value: the kernel's
/// weight for nice 10 is about a tenth of nice 0's, so a busy async worker sharing a core with a
/// hash gets ~90 % of it).
const HASH_THREAD_NICE: i32 = 10;

/// How long the hashers stay idle before their memory goes back to the system.
const IDLE_BEFORE_RELEASE: Duration = Duration::from_secs(1);

#[derive(Clone)]
pub struct Hasher {
    params: HashParams,
    pool: Arc<rayon::ThreadPool>,
    /// Hashes asked for so far: tells an idle-release timer whether another hash came meanwhile.
    jobs: Arc<AtomicU64>,
    /// Hashes asked for and not yet over (queued or running).
    in_flight: Arc<AtomicUsize>,
    /// Hash of a random password, verified against for unknown logins so they cost the same.
    dummy: Arc<OnceCell<String>>,
    metrics: Metrics,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hasher")
            .field("params", &self.params)
            .finish()
    }
}

impl Hasher {
    /// A hasher with `concurrency` hashing threads (at least one).
    pub fn new(
        params: HashParams,
        concurrency: usize,
    ) -> Result<Self, rayon::ThreadPoolBuildError> {
        let concurrency = concurrency.max(1);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(concurrency)
            .thread_name(|i| format!("argon2-{i}"))
            .start_handler(|_| lower_this_thread_priority())
            // The default would abort the process; the caller gets an internal error instead
            // (its result channel is dropped with the job).
            .panic_handler(|_| tracing::error!("a password-hashing job panicked"))
            .build()?;
        Ok(Self {
            params,
            pool: Arc::new(pool),
            jobs: Arc::new(AtomicU64::new(0)),
            in_flight: Arc::new(AtomicUsize::new(0)),
            dummy: Arc::new(OnceCell::new()),
            metrics: Metrics::off(),
        })
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// Reports how long each hash waits for a thread.
    #[must_use]
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.metrics = metrics;
        self
    }

    /// Runs `f` on a hashing thread once one is free (in arrival order).
    async fn bounded<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let queued = std::time::Instant::now();
        self.jobs.fetch_add(1, Ordering::Relaxed);
        self.in_flight.fetch_add(1, Ordering::AcqRel);
        let over = Over {
            hasher: self.clone(),
            runtime: tokio::runtime::Handle::try_current().ok(),
        };
        let (tx, rx) = tokio::sync::oneshot::channel();
        // In a trace, the gap before this span is the wait for a hashing thread.
        let span = if crate::telemetry::exporting() {
            tracing::info_span!("argon2id")
        } else {
            tracing::Span::none()
        };
        // From outside the pool, `spawn` queues in the pool's shared FIFO queue.
        self.pool.spawn(move || {
            // A caller that went away (client disconnected) while this waited no longer wants
            // the result: its hash is not made.
            if tx.is_closed() {
                return;
            }
            over.hasher.metrics.hash_wait(queued.elapsed());
            let result = span.in_scope(f);
            drop(over);
            let _ = tx.send(result);
        });
        rx.await.map_err(AppError::internal)?
    }

    /// Once no hash has been asked for during [`IDLE_BEFORE_RELEASE`], the hashing threads hand
    /// their 19 MiB blocks back to the system. While logins keep coming, each thread reuses its
    /// block (freeing and faulting in 19 MiB per hash cost 40 % of the login rate, measured:
    /// 93 -> 58 logins/s); an idle server does not keep them (mimalloc would, until its purge
    /// delay passed *and* something allocated again).
    fn release_memory_when_idle(&self, runtime: &tokio::runtime::Handle) {
        let seen = self.jobs.load(Ordering::Relaxed);
        let jobs = self.jobs.clone();
        let pool = self.pool.clone();
        runtime.spawn(async move {
            tokio::time::sleep(IDLE_BEFORE_RELEASE).await;
            if jobs.load(Ordering::Relaxed) == seen {
                pool.spawn_broadcast(|_| give_back_hash_memory());
            }
        });
    }

    /// The same hashing threads and bounds, with other parameters.
    pub fn with_params(&self, params: HashParams) -> Self {
        Self {
            params,
            dummy: Arc::new(OnceCell::new()),
            ..self.clone()
        }
    }

    #[tracing::instrument(skip_all)]
    pub async fn hash(&self, password: &SecretString) -> Result<String, AppError> {
        let password = password.clone();
        let params = self.params;
        self.bounded(move || {
            let hash = params
                .argon2()?
                .hash_password(password.expose_secret().as_bytes())
                .map_err(AppError::internal)?;
            Ok(hash.to_string())
        })
        .await
    }

    /// Checks `password` against `stored`; with no stored hash (unknown login) it checks against
    /// a dummy hash and answers `Wrong`, taking the same time.
    #[tracing::instrument(skip_all)]
    pub async fn verify(
        &self,
        password: &SecretString,
        stored: Option<String>,
    ) -> Result<Verdict, AppError> {
        let known = stored.is_some();
        let stored = match stored {
            Some(s) => s,
            None => self.dummy_hash().await?,
        };
        let password = password.clone();
        let current = self.params;
        self.bounded(move || {
            let Ok(parsed) = PasswordHash::new(&stored) else {
                return Err(AppError::internal(anyhow::anyhow!(
                    "stored password hash is not a PHC string"
                )));
            };
            let ok = Argon2::default()
                .verify_password(password.expose_secret().as_bytes(), &parsed)
                .is_ok();
            Ok(match (known && ok, uses_params(&parsed, current)) {
                (false, _) => Verdict::Wrong,
                (true, true) => Verdict::Right,
                (true, false) => Verdict::RightNeedsRehash,
            })
        })
        .await
    }

    async fn dummy_hash(&self) -> Result<String, AppError> {
        self.dummy
            .get_or_try_init(|| async {
                let random = crate::auth::opaque::issue().token;
                self.hash(&random).await
            })
            .await
            .cloned()
    }
}

/// A hash asked for, counted as over when dropped: after it ran (before its caller hears),
/// when it was skipped, when it panicked, or when the pool went away with it unrun. The last one
/// over arranges the memory's release.
struct Over {
    hasher: Hasher,
    /// The caller's runtime, for the release timer.
    runtime: Option<tokio::runtime::Handle>,
}

impl Drop for Over {
    fn drop(&mut self) {
        if self.hasher.in_flight.fetch_sub(1, Ordering::AcqRel) == 1
            && let Some(runtime) = &self.runtime
        {
            self.hasher.release_memory_when_idle(runtime);
        }
    }
}

/// Returns the memory the calling hashing thread no longer uses to the system (mimalloc's
/// forced collection also purges the freed blocks of the whole process).
fn give_back_hash_memory() {
    // SAFETY: mi_collect only releases memory the calling thread's heap no longer uses.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

/// Lowers the calling thread's scheduling priority to [`HASH_THREAD_NICE`]. Linux applies nice
/// values per thread (`setpriority` with a thread id); elsewhere hashing runs at normal priority.
fn lower_this_thread_priority() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: plain system calls on the calling thread, no memory handed over.
        let rc = unsafe {
            let tid = libc::gettid();
            libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, HASH_THREAD_NICE)
        };
        if rc != 0 {
            tracing::warn!(
                error = %std::io::Error::last_os_error(),
                "cannot lower the priority of a password-hashing thread"
            );
        }
    }
}

fn uses_params(parsed: &PasswordHash, want: HashParams) -> bool {
    if parsed.algorithm != Algorithm::Argon2id.ident() {
        return false;
    }
    match Params::try_from(&parsed.params) {
        Ok(p) => {
            p.m_cost() == want.m_cost && p.t_cost() == want.t_cost && p.p_cost() == want.p_cost
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicBool;

    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s)
    }

    /// The nice value of each thread of this process whose name starts with `prefix`.
    #[cfg(target_os = "linux")]
    fn nice_of_threads(prefix: &str) -> Vec<i64> {
        let mut nice = Vec::new();
        for task in std::fs::read_dir("/proc/self/task").unwrap() {
            let path = task.unwrap().path();
            let Ok(comm) = std::fs::read_to_string(path.join("comm")) else {
                continue;
            };
            if !comm.starts_with(prefix) {
                continue;
            }
            let stat = std::fs::read_to_string(path.join("stat")).unwrap();
            // Fields after the parenthesised name: state is field 3, nice field 19.
            let after_name = &stat[stat.rfind(')').unwrap() + 2..];
            let fields: Vec<&str> = after_name.split(' ').collect();
            nice.push(fields[19 - 3].parse().unwrap());
        }
        nice
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn hashing_threads_run_at_a_lower_priority() {
        let hasher = Hasher::new(HashParams::OWASP, 2).unwrap();
        hasher.hash(&secret("correct horse")).await.unwrap();
        let hashing = nice_of_threads("argon2-");
        // Tests run side by side: other hashers' threads may be listed too.
        assert!(hashing.len() >= 2, "one thread per permit: {hashing:?}");
        assert!(
            hashing.iter().all(|&n| n == i64::from(HASH_THREAD_NICE)),
            "{hashing:?}"
        );
        // The caller's thread keeps its priority.
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        assert_eq!(after_name.split(' ').nth(19 - 3), Some("0"));
    }

    #[tokio::test]
    async fn hashes_are_argon2id_phc_strings_with_owasp_parameters() {
        let hasher = Hasher::new(HashParams::OWASP, 2).unwrap();
        let hash = hasher.hash(&secret("correct horse")).await.unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert_eq!(
            hasher
                .verify(&secret("correct horse"), Some(hash.clone()))
                .await
                .unwrap(),
            Verdict::Right
        );
        assert_eq!(
            hasher
                .verify(&secret("wrong horse"), Some(hash))
                .await
                .unwrap(),
            Verdict::Wrong
        );
    }

    /// Runs eight jobs of 20 ms on `hasher`, all asked for at once: their results, the most
    /// that ran at the same time, and the order they started in.
    async fn eight_jobs(hasher: &Hasher) -> (Vec<i32>, usize, Vec<i32>) {
        use std::sync::Mutex;
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let started = Arc::new(Mutex::new(Vec::new()));
        let jobs = (0..8).map(|i| {
            let (running, most, started) = (running.clone(), most.clone(), started.clone());
            hasher.bounded(move || {
                started.lock().unwrap().push(i);
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(20));
                running.fetch_sub(1, Ordering::SeqCst);
                Ok(i)
            })
        });
        let results = futures::future::join_all(jobs).await;
        let results = results.into_iter().map(Result::unwrap).collect();
        assert_eq!(hasher.in_flight.load(Ordering::SeqCst), 0);
        let started = started.lock().unwrap().clone();
        (results, most.load(Ordering::SeqCst), started)
    }

    #[tokio::test]
    async fn hashes_run_at_most_concurrency_at_once_in_arrival_order() {
        let all: Vec<i32> = (0..8).collect();
        let (results, most, _) = eight_jobs(&Hasher::new(HashParams::OWASP, 2).unwrap()).await;
        assert_eq!(results, all);
        assert_eq!(most, 2, "two threads, two at once");
        // Asked for in this order (join_all polls them in turn): started in this order.
        let (results, most, started) =
            eight_jobs(&Hasher::new(HashParams::OWASP, 1).unwrap()).await;
        assert_eq!((results, most), (all.clone(), 1));
        assert_eq!(started, all);
    }

    #[tokio::test]
    async fn a_hash_whose_caller_went_away_while_it_waited_is_not_made() {
        let hasher = Hasher::new(HashParams::OWASP, 1).unwrap();
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let busy = tokio::spawn({
            let hasher = hasher.clone();
            async move {
                hasher
                    .bounded(move || {
                        hold.recv().unwrap();
                        Ok(())
                    })
                    .await
            }
        });
        while hasher.in_flight.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let made = Arc::new(AtomicBool::new(false));
        let waiting = tokio::spawn({
            let (hasher, made) = (hasher.clone(), made.clone());
            async move {
                hasher
                    .bounded(move || {
                        made.store(true, Ordering::SeqCst);
                        Ok(())
                    })
                    .await
            }
        });
        while hasher.in_flight.load(Ordering::SeqCst) < 2 {
            tokio::task::yield_now().await;
        }
        // The second caller goes away (a client that disconnected) while the first hash runs.
        waiting.abort();
        assert!(waiting.await.unwrap_err().is_cancelled());
        release.send(()).unwrap();
        busy.await.unwrap().unwrap();
        // A third hash runs after the skipped one: by then the skipped one is over too.
        hasher.bounded(|| Ok(())).await.unwrap();
        assert!(
            !made.load(Ordering::SeqCst),
            "the abandoned hash was not made"
        );
        assert_eq!(hasher.in_flight.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn an_unknown_login_is_wrong_even_with_the_dummy_password() {
        let hasher = Hasher::new(HashParams::OWASP, 1).unwrap();
        assert_eq!(
            hasher.verify(&secret("anything"), None).await.unwrap(),
            Verdict::Wrong
        );
    }

    #[tokio::test]
    async fn old_parameters_ask_for_a_rehash() {
        let old = Hasher::new(
            HashParams {
                m_cost: 8 * 1024,
                t_cost: 1,
                p_cost: 1,
            },
            1,
        )
        .unwrap();
        let hash = old.hash(&secret("correct horse")).await.unwrap();
        let current = Hasher::new(HashParams::OWASP, 1).unwrap();
        assert_eq!(
            current
                .verify(&secret("correct horse"), Some(hash))
                .await
                .unwrap(),
            Verdict::RightNeedsRehash
        );
    }
}
