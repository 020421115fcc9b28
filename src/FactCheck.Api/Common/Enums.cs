namespace FactCheck.Api.Common;

// The vocabulary of PRODUCT.md. Members are sent and stored as lower_snake strings
// (see Vocabulary), so renaming a member is a breaking change of the API and the data.

public enum ActorKind { Person, Organization }

public enum SourceKind
{
    NewsArticle, OfficialStatement, PressBriefing, Transcript, SocialMediaPost, Video, Report, Dataset, Other,
}

public enum EvidenceStatus
{
    Unverified, NoEvidenceOffered, UnderReview, Unsubstantiated, Disputed, Refuted, Substantiated,
}

public enum RebuttalKind { Denial, CounterEvidence, Correction, Context }

public enum EvidenceBearing { Supports, Refutes, Inconclusive, Context }

public enum EvidenceStrength { Weak, Moderate, Strong }

public enum HistoryOperation { Create, Update, Delete, StatusChange, Restore, Purge }
