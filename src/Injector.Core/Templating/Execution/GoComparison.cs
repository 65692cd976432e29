using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Execution;

/// <summary>Go's <c>eq</c> and <c>lt</c> on template values: basic kinds only, ints of either sign compare.</summary>
internal static class GoComparison
{
    private enum Kind
    {
        Invalid,
        Bool,
        Int,
        Float,
        String,
    }

    public const string BadComparisonType = "invalid type for comparison";
    public const string BadComparison = "incompatible types for comparison";

    /// <summary>True when <paramref name="first"/> equals any of <paramref name="others"/>.</summary>
    public static bool Equal(object? first, ReadOnlySpan<object?> others)
    {
        if (others.Length == 0)
        {
            throw new TemplateFunctionException("missing argument for comparison");
        }

        Kind k1 = KindOf(first);
        foreach (var other in others)
        {
            Kind k2 = KindOf(other);
            bool truth;
            if (k1 != k2)
            {
                if (!GoValues.IsNil(first) && !GoValues.IsNil(other))
                {
                    throw new TemplateFunctionException(BadComparison);
                }

                truth = false;
            }
            else
            {
                truth = k1 switch
                {
                    Kind.Bool => (bool)first! == (bool)other!,
                    Kind.Int => AsLong(first) == AsLong(other),
                    Kind.Float => AsDouble(first) == AsDouble(other),
                    Kind.String => string.Equals((string)first!, (string)other!, StringComparison.Ordinal),
                    _ => EqualReferences(first, other),
                };
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Less(object? first, object? second)
    {
        Kind k1 = KindOf(first);
        Kind k2 = KindOf(second);
        if (k1 == Kind.Invalid || k2 == Kind.Invalid)
        {
            throw new TemplateFunctionException(BadComparisonType);
        }

        if (k1 != k2)
        {
            throw new TemplateFunctionException(BadComparison);
        }

        return k1 switch
        {
            Kind.Int => AsLong(first) < AsLong(second),
            Kind.Float => AsDouble(first) < AsDouble(second),
            Kind.String => string.CompareOrdinal((string)first!, (string)second!) < 0,
            _ => throw new TemplateFunctionException(BadComparisonType),
        };
    }

    private static bool EqualReferences(object? first, object? second)
    {
        bool firstNil = GoValues.IsNil(first) || first is ITemplateObject { IsNil: true };
        bool secondNil = GoValues.IsNil(second) || second is ITemplateObject { IsNil: true };
        if (firstNil || secondNil)
        {
            return firstNil == secondNil;
        }

        if (GoTypeName.Of(first) != GoTypeName.Of(second))
        {
            throw new TemplateFunctionException(GoFormat.Sprintf(
                "non-comparable types %s: %v, %s: %v", [first, GoTypeName.Of(first), second, GoTypeName.Of(second)]));
        }

        if (second is not ITemplateObject)
        {
            throw new TemplateFunctionException(GoFormat.Sprintf("non-comparable type %s: %v", [second, GoTypeName.Of(second)]));
        }

        return ReferenceEquals(first, second) || Equals(first, second);
    }

    private static Kind KindOf(object? value) => value switch
    {
        bool => Kind.Bool,
        int or long => Kind.Int,
        double or float => Kind.Float,
        string => Kind.String,
        _ => Kind.Invalid,
    };

    private static long AsLong(object? value) => value is int i ? i : (long)value!;

    private static double AsDouble(object? value) => value is float f ? f : (double)value!;
}
