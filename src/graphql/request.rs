//! What the transport tells the resolvers about one request: its id (for logs) and the client.

use crate::services::ClientInfo;

#[derive(Debug, Clone)]
pub struct RequestInfo {
    pub request_id: String,
    pub client: ClientInfo,
}
