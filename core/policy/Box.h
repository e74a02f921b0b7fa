#pragma once

#include <memory>

namespace sy {

// A heap-held value with value semantics (deep copy), so recursive trees stay copyable.
template<typename T>
class Box
{
public:
    Box() = default;
    explicit Box(T value) : m_ptr(std::make_unique<T>(std::move(value))) {}
    Box(const Box &other) : m_ptr(other.m_ptr ? std::make_unique<T>(*other.m_ptr) : nullptr) {}
    Box(Box &&) noexcept = default;
    Box &operator=(const Box &other)
    {
        if (this != &other)
            m_ptr = other.m_ptr ? std::make_unique<T>(*other.m_ptr) : nullptr;
        return *this;
    }
    Box &operator=(Box &&) noexcept = default;

    explicit operator bool() const { return bool(m_ptr); }
    T &operator*() { return *m_ptr; }
    const T &operator*() const { return *m_ptr; }
    T *operator->() { return m_ptr.get(); }
    const T *operator->() const { return m_ptr.get(); }
    T *get() { return m_ptr.get(); }
    const T *get() const { return m_ptr.get(); }
    void reset() { m_ptr.reset(); }

    friend bool operator==(const Box &a, const Box &b)
    {
        if (!a.m_ptr || !b.m_ptr)
            return !a.m_ptr && !b.m_ptr;
        return *a.m_ptr == *b.m_ptr;
    }

private:
    std::unique_ptr<T> m_ptr;
};

} // namespace sy
