using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>
/// Sprig's arithmetic: integer operations cast their operands to int64 (and return int64), float ones to float64.
/// The float operations use decimal arithmetic as Sprig does, so <c>addf 0.1 0.2</c> is 0.3.
/// </summary>
internal static class SprigMath
{
    /// <summary>The decimal places Sprig's decimal division keeps (shopspring/decimal's DivisionPrecision).</summary>
    private const int DivisionPrecision = 16;

    public static void Register(TemplateFunctionMap map)
    {
        map.Set("add1", static a =>
        {
            Exactly(a, 1, "add1");
            return FunctionValues.ToInt64(a[0]) + 1;
        });
        map.Set("add", static a =>
        {
            long sum = 0;
            foreach (var value in a)
            {
                sum += FunctionValues.ToInt64(value);
            }

            return sum;
        });
        map.Set("sub", static a =>
        {
            Exactly(a, 2, "sub");
            return FunctionValues.ToInt64(a[0]) - FunctionValues.ToInt64(a[1]);
        });
        map.Set("div", static a =>
        {
            Exactly(a, 2, "div");
            long divisor = FunctionValues.ToInt64(a[1]);
            return divisor == 0
                ? throw new TemplateFunctionException("runtime error: integer divide by zero")
                : FunctionValues.ToInt64(a[0]) / divisor;
        });
        map.Set("mod", static a =>
        {
            Exactly(a, 2, "mod");
            long divisor = FunctionValues.ToInt64(a[1]);
            return divisor == 0
                ? throw new TemplateFunctionException("runtime error: integer divide by zero")
                : FunctionValues.ToInt64(a[0]) % divisor;
        });
        map.Set("mul", static a =>
        {
            AtLeast(a, 1, "mul");
            long product = FunctionValues.ToInt64(a[0]);
            for (int i = 1; i < a.Length; i++)
            {
                product *= FunctionValues.ToInt64(a[i]);
            }

            return product;
        });
        map.Set("add1f", static a =>
        {
            Exactly(a, 1, "add1f");
            return Decimal(a[0], [1], static (x, y) => x + y);
        });
        map.Set("addf", static a => Decimal(0.0, a, static (x, y) => x + y));
        map.Set("subf", static a =>
        {
            AtLeast(a, 1, "subf");
            return Decimal(a[0], a[1..], static (x, y) => x - y);
        });
        map.Set("mulf", static a =>
        {
            AtLeast(a, 1, "mulf");
            return Decimal(a[0], a[1..], static (x, y) => x * y);
        });
        map.Set("divf", static a =>
        {
            AtLeast(a, 1, "divf");
            return Decimal(a[0], a[1..], static (x, y) => y == 0
                ? throw new TemplateFunctionException("decimal division by 0")
                : Math.Round(x / y, DivisionPrecision, MidpointRounding.AwayFromZero));
        });
        map.Set("max", static a => Fold(a, "max", static (x, y) => y > x));
        map.Set("biggest", static a => Fold(a, "biggest", static (x, y) => y > x));
        map.Set("min", static a => Fold(a, "min", static (x, y) => y < x));
        map.Set("maxf", static a => FoldFloat(a, "maxf", Math.Max));
        map.Set("minf", static a => FoldFloat(a, "minf", Math.Min));
        map.Set("floor", static a =>
        {
            Exactly(a, 1, "floor");
            return Math.Floor(FunctionValues.ToFloat64(a[0]));
        });
        map.Set("ceil", static a =>
        {
            Exactly(a, 1, "ceil");
            return Math.Ceiling(FunctionValues.ToFloat64(a[0]));
        });
        map.Set("round", static a =>
        {
            if (a.Length < 2)
            {
                throw new TemplateFunctionException($"wrong number of args for round: want at least 2 got {a.Length}");
            }

            double roundOn = a.Length > 2 ? a[2] is double d ? d : throw WrongType("float64", a[2]) : 0.5;
            double value = FunctionValues.ToFloat64(a[0]);
            double pow = Math.Pow(10, Int(a, 1));
            double digit = pow * value;
            double fraction = digit - Math.Truncate(digit);
            return (fraction >= roundOn ? Math.Ceiling(digit) : Math.Floor(digit)) / pow;
        });
    }

    private static long Fold(ReadOnlySpan<object?> a, string name, Func<long, long, bool> better)
    {
        AtLeast(a, 1, name);
        long result = FunctionValues.ToInt64(a[0]);
        for (int i = 1; i < a.Length; i++)
        {
            long candidate = FunctionValues.ToInt64(a[i]);
            if (better(result, candidate))
            {
                result = candidate;
            }
        }

        return result;
    }

    private static double FoldFloat(ReadOnlySpan<object?> a, string name, Func<double, double, double> combine)
    {
        AtLeast(a, 1, name);
        double result = FunctionValues.ToFloat64(a[0]);
        for (int i = 1; i < a.Length; i++)
        {
            result = combine(result, FunctionValues.ToFloat64(a[i]));
        }

        return result;
    }

    private static double Decimal(object? first, ReadOnlySpan<object?> rest, Func<decimal, decimal, decimal> op)
    {
        decimal result = ToDecimal(first);
        foreach (var value in rest)
        {
            result = op(result, ToDecimal(value));
        }

        return (double)result;
    }

    private static decimal ToDecimal(object? value)
    {
        double d = FunctionValues.ToFloat64(value);
        try
        {
            return (decimal)d;
        }
        catch (OverflowException e)
        {
            throw new TemplateFunctionException($"cannot represent {d} as a decimal", e);
        }
    }
}
