using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;

namespace FactCheck.Api.Actors;

internal sealed class ActorRequestValidator : AbstractValidator<ActorRequest>
{
    public ActorRequestValidator()
    {
        RuleFor(r => r.Name).Text(Rules.NameMaxLength);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Title).MaximumLength(Rules.TitleMaxLength);
        RuleFor(r => r.Affiliation).MaximumLength(Rules.TitleMaxLength);
        RuleFor(r => r.Country).Matches("^[A-Z]{2}$")
            .WithMessage("'country' must be an ISO 3166-1 alpha-2 code in upper case, such as 'RU' or 'US'.");
        RuleFor(r => r.Links).Must(l => l!.Count <= 20).When(r => r.Links is not null)
            .WithMessage("'links' may hold at most 20 URLs.");
        RuleForEach(r => r.Links).HttpUrl();
    }
}

internal sealed class ActorListQueryValidator(CursorCodec cursors) : PageQueryValidator<ActorListQuery>(cursors, Pagination.ById);
