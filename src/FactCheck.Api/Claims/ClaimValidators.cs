using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FactCheck.Api.Search;
using FluentValidation;

namespace FactCheck.Api.Claims;

internal sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public const int MaxAppearances = 50;
    public const int MaxTopics = 20;
    public const int TopicMaxLength = 64;

    public ClaimRequestValidator()
    {
        RuleFor(r => r.Statement).Text(Rules.StatementMaxLength);
        RuleFor(r => r.ClaimantId).NotEmpty();
        RuleFor(r => r.MadeAt).Plausible();
        RuleFor(r => r.Summary).MaximumLength(Rules.TitleMaxLength);
        RuleFor(r => r.Language).LanguageTag();
        RuleFor(r => r.Appearances)
            .MaxItems(MaxAppearances).WithMessage($"'appearances' may hold at most {MaxAppearances} sources.")
            .Must(a => a!.Distinct().Count() == a!.Count).WithMessage("'appearances' lists a source more than once.")
            .When(r => r.Appearances is not null);
        RuleForEach(r => r.Appearances).NotEmpty();
        RuleFor(r => r.Topics)
            .MaxItems(MaxTopics).WithMessage($"'topics' may hold at most {MaxTopics} topics.")
            .When(r => r.Topics is not null);
        // Counted before trimming, so the limit the document states (maxLength) is the one applied. No cascade: on a
        // collection it would stop at the first bad topic, and each is named. A topic fails at most one of the two.
        RuleForEach(r => r.Topics)
            .NotEmpty().WithMessage($"Each topic must be 1 to {TopicMaxLength} characters.")
            .MaximumLength(TopicMaxLength).WithMessage($"Each topic must be 1 to {TopicMaxLength} characters.");
    }
}

internal sealed class ClaimListQueryValidator : PageQueryValidator<ClaimListQuery>
{
    public ClaimListQueryValidator(CursorCodec cursors) : base(cursors, q => ClaimSorting.NameOf(q.Sort))
    {
        RuleFor(q => q.Sort).Must(ClaimSorting.IsValid)
            .WithMessage($"'sort' must be one of: {string.Join(", ", ClaimSorting.Keys)}, each optionally with a leading '-' for descending.");
        RuleFor(q => q.MadeTo).GreaterThan(q => q.MadeFrom).When(q => q.MadeFrom is not null && q.MadeTo is not null)
            .WithMessage("'madeTo' must be after 'madeFrom'.");
        RuleFor(q => q.Q).SearchText().When(q => q.Q is not null);
        RuleFor(q => q.EvidenceStatus).MaxItems(Enum.GetValues<EvidenceStatus>().Length)
            .WithMessage($"'evidenceStatus' may be given at most {Enum.GetValues<EvidenceStatus>().Length} times.");
        RuleForEach(q => q.EvidenceStatus)
            .Must(s => Vocabulary.TryParse<EvidenceStatus>(s, out _))
            .WithMessage($"'evidenceStatus' must be one of: {Vocabulary.Describe<EvidenceStatus>()}.");
        RuleFor(q => q.Topic).MaximumLength(ClaimRequestValidator.TopicMaxLength);
        RuleFor(q => q.Language).LanguageTag();
    }
}
