// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Errors.h"

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace bourse::ex {

// The outcome of an asynchronous exchange call: a value or a typed error.
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }
    bool ok() const { return m_state.index() == 0; }
    T& value() { return std::get<0>(m_state); }
    const T& value() const { return std::get<0>(m_state); }
    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<typename T> using Callback = std::function<void(Result<T>)>;

// Runs a parser or builder and turns what it throws into a Result. Parsers are free to throw: a malformed field
// in a response becomes a BadResponse, never a crash.
template<typename T, typename F> Result<T> guarded(F&& f)
{
    try {
        return Result<T>(f());
    } catch (const Error& e) {
        return Result<T>(e);
    } catch (const std::exception& e) {
        return Result<T>(
            Error(ErrorKind::BadResponse, std::string("could not read the exchange's answer: ") + e.what()));
    }
}

} // namespace bourse::ex
