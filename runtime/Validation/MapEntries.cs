using System.Collections.Generic;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// The entries of a request's map, enumerated without allocating when the map is a
/// <see cref="Dictionary{TKey, TValue}"/> (as request objects are usually built): a <c>foreach</c>
/// over the <see cref="IReadOnlyDictionary{TKey, TValue}"/> would box its enumerator.
/// </summary>
/// <typeparam name="T">The map's value type.</typeparam>
public readonly struct MapEntries<T>
{
    private readonly IReadOnlyDictionary<string, T> _map;

    /// <summary>Wraps <paramref name="map"/>.</summary>
    public MapEntries(IReadOnlyDictionary<string, T> map) => _map = map;

    /// <summary>Starts enumerating.</summary>
    public Enumerator GetEnumerator() => new(_map);

    /// <summary>Enumerates a dictionary through its struct enumerator, any other map through the interface.</summary>
    public struct Enumerator
    {
        private readonly bool _isDictionary;
        private Dictionary<string, T>.Enumerator _dictionary;
        private readonly IEnumerator<KeyValuePair<string, T>>? _other;

        internal Enumerator(IReadOnlyDictionary<string, T> map)
        {
            if (map is Dictionary<string, T> dictionary)
            {
                _isDictionary = true;
                _dictionary = dictionary.GetEnumerator();
                _other = null;
            }
            else
            {
                _isDictionary = false;
                _dictionary = default;
                _other = map.GetEnumerator();
            }
        }

        /// <summary>The current entry.</summary>
        public KeyValuePair<string, T> Current => _isDictionary ? _dictionary.Current : _other!.Current;

        /// <summary>Moves to the next entry.</summary>
        public bool MoveNext() => _isDictionary ? _dictionary.MoveNext() : _other!.MoveNext();
    }
}
