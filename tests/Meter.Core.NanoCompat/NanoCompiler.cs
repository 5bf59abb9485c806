using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Meter.Core.NanoCompat;

/// <summary>
/// Compiles C# sources the way a .nfproj would (no standard library, only nanoFramework's mscorlib,
/// C# 9) and lists every reason the result could not load on nanoFramework 1.x.
/// </summary>
public static class NanoCompiler
{
    public static string MscorlibPath
    {
        get
        {
            string path = typeof(NanoCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "NanoMscorlib").Value;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("nanoFramework mscorlib.dll not restored", path);
            }

            return path;
        }
    }

    /// <summary>Problems found in the core's sources, one line each; empty when they are fit for the device.</summary>
    public static IReadOnlyList<string> Check(IEnumerable<(string Path, string Text)> sources)
    {
        return Compile("Meter.Core", OutputKind.DynamicallyLinkedLibrary, sources, Array.Empty<MetadataReference>(), new[] { "mscorlib" }, out _);
    }

    /// <summary>
    /// Compiles sources as a .nfproj would, against the real mscorlib plus <paramref name="references"/>,
    /// and lists every problem: compile errors, generics, and references to assemblies not in
    /// <paramref name="allowedAssemblies"/>. The image is set when the sources compiled.
    /// </summary>
    public static IReadOnlyList<string> Compile(string assemblyName, OutputKind kind, IEnumerable<(string Path, string Text)> sources,
        IEnumerable<MetadataReference> references, ICollection<string> allowedAssemblies, out byte[] image)
    {
        image = null;
        var parse = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_V1_0" });
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            new[] { MetadataReference.CreateFromFile(MscorlibPath) }.Concat(references),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Disable));

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var problems = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => "compile: " + d)
            .ToList();
        if (!emitted.Success)
        {
            return problems;
        }

        image = stream.ToArray();
        using var pe = new PEReader(new MemoryStream(image));
        problems.AddRange(MetadataProblems(pe.GetMetadataReader(), allowedAssemblies));
        return problems;
    }

    private static IEnumerable<string> MetadataProblems(MetadataReader md, ICollection<string> allowedAssemblies)
    {
        foreach (var handle in md.AssemblyReferences)
        {
            string name = md.GetString(md.GetAssemblyReference(handle).Name);
            if (!allowedAssemblies.Contains(name))
            {
                yield return "references assembly " + name + " (allowed: " + string.Join(", ", allowedAssemblies) + ")";
            }
        }

        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            string typeName = md.GetString(type.Namespace) + "." + md.GetString(type.Name);
            if (type.GetGenericParameters().Count > 0)
            {
                yield return "defines generic type " + typeName;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (method.GetGenericParameters().Count > 0)
                {
                    yield return "defines generic method " + typeName + "." + md.GetString(method.Name);
                }
            }
        }

        // A TypeSpec is how metadata spells an instantiated generic type (Action<int>, List<T>...);
        // a MethodSpec an instantiated generic method. nanoFramework 1.x loads neither correctly.
        for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            var handle = MetadataTokens.TypeSpecificationHandle(row);
            var blob = md.GetBlobReader(md.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance)
            {
                yield return "uses generic type instance " + DescribeGenericInstance(md, blob);
            }
        }

        int methodSpecs = md.GetTableRowCount(TableIndex.MethodSpec);
        if (methodSpecs > 0)
        {
            yield return "calls " + methodSpecs + " generic method instantiation(s)";
        }
    }

    private static string DescribeGenericInstance(MetadataReader md, BlobReader blob)
    {
        blob.ReadSignatureTypeCode(); // CLASS or VALUETYPE
        var handle = blob.ReadTypeHandle();
        return handle.Kind switch
        {
            HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)handle).Namespace) + "." +
                                        md.GetString(md.GetTypeReference((TypeReferenceHandle)handle).Name),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
            _ => handle.Kind.ToString(),
        };
    }
}
