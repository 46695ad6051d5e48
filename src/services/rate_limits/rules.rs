//! The named limits, their defaults and the variables that tune them.

use std::num::NonZeroU32;
use std::time::Duration;

/// At most `count` events per `period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub count: NonZeroU32,
    pub period: Duration,
}

impl Limit {
    pub const fn new(count: u32, period_secs: u64) -> Self {
        Self {
            count: match NonZeroU32::new(count) {
                Some(c) => c,
                None => NonZeroU32::MIN,
            },
            period: Duration::from_secs(period_secs),
        }
    }
}

/// `150/5m` or `off`.
impl std::str::FromStr for Limit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (count, period) = s
            .split_once('/')
            .ok_or("expected COUNT/PERIOD such as 150/5m, or off")?;
        let count: u32 = count
            .trim()
            .parse()
            .map_err(|_| format!("{:?} is not a count", count.trim()))?;
        let count = NonZeroU32::new(count).ok_or("the count must be at least 1 (or use off)")?;
        let period = humantime::parse_duration(period.trim())
            .map_err(|e| format!("{e} (use e.g. 90s, 5m, 1h)"))?;
        if period < Duration::from_secs(1) || period > Duration::from_secs(7 * 86_400) {
            return Err("the period must be between 1s and 7d".into());
        }
        Ok(Self { count, period })
    }
}

/// Limits per client address. They are counted in each instance's memory (the cheap front
/// line: a refused request costs no database round trip), so N instances behind a load balancer
/// give an address up to N times the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IpRule {
    /// `login` attempts, right or wrong.
    Login,
    Register,
    /// `verifyTotp` attempts.
    VerifyTotp,
    Refresh,
    /// `requestPasswordReset` (and `resetPassword`).
    PasswordReset,
    /// `requestEmailVerification` (and `verifyEmail`).
    EmailVerification,
    /// `requestEmailChange` (and `confirmEmailChange`).
    EmailChange,
}

impl IpRule {
    pub const ALL: [IpRule; 7] = [
        IpRule::Login,
        IpRule::Register,
        IpRule::VerifyTotp,
        IpRule::Refresh,
        IpRule::PasswordReset,
        IpRule::EmailVerification,
        IpRule::EmailChange,
    ];

    pub fn env_var(self) -> &'static str {
        match self {
            IpRule::Login => "RATE_LIMIT_LOGIN_PER_IP",
            IpRule::Register => "RATE_LIMIT_REGISTER_PER_IP",
            IpRule::VerifyTotp => "RATE_LIMIT_VERIFY_TOTP_PER_IP",
            IpRule::Refresh => "RATE_LIMIT_REFRESH_PER_IP",
            IpRule::PasswordReset => "RATE_LIMIT_PASSWORD_RESET_PER_IP",
            IpRule::EmailVerification => "RATE_LIMIT_EMAIL_VERIFICATION_PER_IP",
            IpRule::EmailChange => "RATE_LIMIT_EMAIL_CHANGE_PER_IP",
        }
    }

    pub fn default_limit(self) -> Limit {
        match self {
            IpRule::Login => Limit::new(150, 300),
            IpRule::Register => Limit::new(30, 300),
            IpRule::VerifyTotp => Limit::new(15, 60),
            // Every signed-in client refreshes about once per access-token lifetime; many can
            // share one address (an office behind NAT).
            IpRule::Refresh => Limit::new(600, 300),
            IpRule::PasswordReset | IpRule::EmailVerification | IpRule::EmailChange => {
                Limit::new(30, 300)
            }
        }
    }
}

/// Limits per account or email address, counted in the database (or Redis) so that they hold
/// across instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountRule {
    /// `requestPasswordReset`, keyed by the (normalised) email address asked for, known or not.
    PasswordResetPerEmail,
    /// `requestEmailVerification`, keyed by the user id.
    EmailVerificationPerUser,
    /// `requestEmailChange`, keyed by the user id.
    EmailChangePerUser,
    /// `createQuote`, `updateQuote` and `deleteQuote` together, keyed by the user id.
    QuoteWritesPerUser,
}

impl AccountRule {
    pub const ALL: [AccountRule; 4] = [
        AccountRule::PasswordResetPerEmail,
        AccountRule::EmailVerificationPerUser,
        AccountRule::EmailChangePerUser,
        AccountRule::QuoteWritesPerUser,
    ];

    pub fn env_var(self) -> &'static str {
        match self {
            AccountRule::PasswordResetPerEmail => "RATE_LIMIT_PASSWORD_RESET_PER_EMAIL",
            AccountRule::EmailVerificationPerUser => "RATE_LIMIT_EMAIL_VERIFICATION_PER_USER",
            AccountRule::EmailChangePerUser => "RATE_LIMIT_EMAIL_CHANGE_PER_USER",
            AccountRule::QuoteWritesPerUser => "RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT",
        }
    }

    pub fn default_limit(self) -> Limit {
        match self {
            // Far more than any person types in an hour; a script filling the table is not.
            AccountRule::QuoteWritesPerUser => Limit::new(1_000, 3600),
            AccountRule::PasswordResetPerEmail
            | AccountRule::EmailVerificationPerUser
            | AccountRule::EmailChangePerUser => Limit::new(5, 3600),
        }
    }

    /// The prefix of this rule's counters in the store.
    pub(super) fn bucket_prefix(self) -> &'static str {
        match self {
            AccountRule::PasswordResetPerEmail => "reset-email",
            AccountRule::EmailVerificationPerUser => "verify-user",
            AccountRule::EmailChangePerUser => "change-user",
            AccountRule::QuoteWritesPerUser => "quote-writes",
        }
    }
}

pub const FAILED_LOGINS_VAR: &str = "RATE_LIMIT_FAILED_LOGINS_PER_ACCOUNT";
pub const FAILED_LOGINS_DEFAULT: Limit = Limit::new(100, 3600);
pub const SLOWDOWN_VAR: &str = "LOGIN_SLOWDOWN";
/// After 10 failures in a row (forgotten an hour after the last one)...
pub const SLOWDOWN_DEFAULT: Limit = Limit::new(10, 3600);
pub const SLOWDOWN_MAX_VAR: &str = "LOGIN_SLOWDOWN_MAX";
/// ...each further attempt waits 15s, 30s, 1m... up to this.
pub const SLOWDOWN_MAX_DEFAULT: Duration = Duration::from_secs(15 * 60);
/// The first wait once the slowdown starts; each further failure doubles it.
pub const SLOWDOWN_FIRST_DELAY: Duration = Duration::from_secs(15);

/// Every rate-limit setting, as configured.
#[derive(Debug, Clone)]
pub struct RateLimitConfig {
    /// `RATE_LIMIT_PER_IP=off` turns every per-address limit off (load tests from one address).
    pub per_ip_enabled: bool,
    pub per_ip: Vec<(IpRule, Option<Limit>)>,
    pub per_account: Vec<(AccountRule, Option<Limit>)>,
    /// Failed sign-ins per account (wrong passwords and wrong second-factor codes).
    pub failed_logins: Option<Limit>,
    /// After `count` failed sign-ins in a row, each further attempt waits; the streak is
    /// forgotten after a successful sign-in or `period` without a failure.
    pub slowdown: Option<Limit>,
    pub slowdown_max: Duration,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            per_ip_enabled: true,
            per_ip: IpRule::ALL
                .iter()
                .map(|r| (*r, Some(r.default_limit())))
                .collect(),
            per_account: AccountRule::ALL
                .iter()
                .map(|r| (*r, Some(r.default_limit())))
                .collect(),
            failed_logins: Some(FAILED_LOGINS_DEFAULT),
            slowdown: Some(SLOWDOWN_DEFAULT),
            slowdown_max: SLOWDOWN_MAX_DEFAULT,
        }
    }
}

impl RateLimitConfig {
    pub fn ip_limit(&self, rule: IpRule) -> Option<Limit> {
        if !self.per_ip_enabled {
            return None;
        }
        self.per_ip
            .iter()
            .find(|(r, _)| *r == rule)
            .and_then(|(_, l)| *l)
    }

    pub fn account_limit(&self, rule: AccountRule) -> Option<Limit> {
        self.per_account
            .iter()
            .find(|(r, _)| *r == rule)
            .and_then(|(_, l)| *l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_parse_from_count_and_period() {
        assert_eq!("150/5m".parse::<Limit>(), Ok(Limit::new(150, 300)));
        assert_eq!(" 3 / 1h ".parse::<Limit>(), Ok(Limit::new(3, 3600)));
        assert!("0/5m".parse::<Limit>().is_err());
        assert!("150".parse::<Limit>().is_err());
        assert!("x/5m".parse::<Limit>().is_err());
        assert!("5/0s".parse::<Limit>().is_err());
    }
}
