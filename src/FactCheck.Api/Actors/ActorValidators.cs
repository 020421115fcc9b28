using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;

namespace FactCheck.Api.Actors;

internal sealed class ActorRequestValidator : AbstractValidator<ActorRequest>
{
    private const string CountryMessage = "'country' must be an ISO 3166-1 alpha-2 code in upper case, such as 'RU' or 'US'.";

    public ActorRequestValidator()
    {
        RuleFor(r => r.Name).Text(Rules.NameMaxLength);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Title).MaximumLength(Rules.TitleMaxLength);
        RuleFor(r => r.Affiliation).MaximumLength(Rules.TitleMaxLength);
        RuleFor(r => r.Country).Cascade(CascadeMode.Stop)
            .Length(2).WithMessage(CountryMessage)
            .Matches("^[A-Z]{2}$").WithMessage(CountryMessage);
        RuleFor(r => r.Links).MaxItems(20).When(r => r.Links is not null)
            .WithMessage("'links' may hold at most 20 URLs.");
        RuleForEach(r => r.Links).HttpUrl();
    }
}

internal sealed class ActorListQueryValidator(CursorCodec cursors) : PageQueryValidator<ActorListQuery>(cursors, Pagination.ById);
