using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;

namespace FactCheck.Api.Sources;

internal sealed class SourceRequestValidator : AbstractValidator<SourceRequest>
{
    public SourceRequestValidator()
    {
        RuleFor(r => r.Title).Text(Rules.TitleMaxLength);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Url).HttpUrl().When(r => r.Url is not null);
        RuleFor(r => r.ArchiveUrl).HttpUrl().When(r => r.ArchiveUrl is not null);
        RuleFor(r => r.Publisher).MaximumLength(Rules.NameMaxLength);
        RuleFor(r => r.PublishedAt!.Value).Plausible().When(r => r.PublishedAt is not null).OverridePropertyName("publishedAt").WithName("publishedAt");
        RuleFor(r => r.Language).LanguageTag();
    }
}

internal sealed class SourceListQueryValidator : PageQueryValidator<SourceListQuery>
{
    public SourceListQueryValidator(CursorCodec cursors) : base(cursors, Pagination.ById) =>
        RuleFor(q => q.Url).MaximumLength(Rules.UrlMaxLength);
}
