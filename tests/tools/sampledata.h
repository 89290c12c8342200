#pragma once

// The made-up people, real places and products that the sample channel exports are built from.
// Everything is drawn from one seeded generator, so the samples are the same on every run.

#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace Hearth::Samples {

using Fen = std::int64_t;

/// splitmix64, so that the samples do not depend on the standard library's distributions.
/// Draw once per statement: the order in which a call's arguments run is up to the compiler.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template<typename T>
    const T &pick(const std::vector<T> &items) { return items[next() % items.size()]; }
    std::string digits(int count);

private:
    std::uint64_t m_state;
};

struct Date
{
    int year = 2024;
    int month = 1;
    int day = 1;
};

struct Stamp
{
    Date date;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

constexpr int exportDay = 719;  // 2025-12-20, days after 2024-01-01: when the files were made

std::string format(const char *pattern, auto... values)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, pattern, values...);
    return buffer;
}

/// The day that is `offset` days after 2024-01-01.
Date dayAt(int offset);
std::string isoDate(const Date &d);    // 2024-03-05
std::string slashDate(const Date &d);  // 2024/3/5
std::string isoStamp(const Stamp &s);  // 2024-03-05 14:22:10
Stamp stampAt(Random &r, int offset, int earliestHour = 8);
Stamp minutesLater(Stamp s, int minutes);
/// Signing days for `count` orders over 2024–2025, oldest first.
std::vector<int> spreadDays(Random &r, int count);

/// As Excel's General format shows a figure given in hundredths: "1299", "39.9", "4.32".
std::string general(std::int64_t hundredths);
std::string micros(std::int64_t value);

struct Place
{
    const char *province;
    const char *city;
    const char *district;
    std::vector<const char *> roads;
    const char *subdistrict = nullptr;  // 街道, in some shop addresses
};

const std::vector<Place> &nationwide();
/// The districts of one city, for a dealer's or designer's local customers.
std::vector<Place> placesIn(const char *city);
/// A made-up home on a real road: number, estate, building, unit and flat.
std::string homeAddress(Random &r, const Place &p);

struct Person
{
    std::string name;
    std::string mobile;
};

/// Chinese names and 13800001234-style mobiles, never the same mobile twice.
class People
{
public:
    explicit People(Random &r) : m_random(r) {}

    Person make();

private:
    Random &m_random;
    std::set<std::string> m_mobiles;
};

/// A product of the online shops; Tmall and JD sell the same ones.
struct ShopItem
{
    const char *code;   // 商家编码 / 货号
    const char *jdSku;  // JD's own product number
    const char *tmallTitle;
    const char *jdTitle;
    const char *properties;
    Fen price;
    int minQuantity;
    int maxQuantity;
    bool madeToOrder;  // made after the order, so it ships weeks later
};

const std::vector<ShopItem> &catalogue();

struct CartLine
{
    const ShopItem *item;
    int quantity;
    Fen paid;  // after the shop's coupon, shared over the lines
};

std::vector<CartLine> fillCart(Random &r);
/// Shares a coupon over the lines by their value; the last line takes what rounding left.
void shareCoupon(std::vector<CartLine> &cart, Fen coupon);

/// A line of a custom cabinetry order, as dealers and designers write them.
struct CustomLine
{
    std::string room;
    std::string category;
    std::string product;
    int width = 0;  // mm; 0 for hardware
    int height = 0;
    int depth = 0;
    std::string board;
    std::string colour;
    std::string unit;
    std::int64_t quantity = 0;  // hundredths
    Fen price = 0;
    bool discounted = true;  // cabinets take the order's discount, hardware does not
};

/// The lines of one custom order: a wardrobe, a kitchen, or several rooms of a home.
std::vector<CustomLine> customOrder(Random &r);

/// Paid share of the price in thousandths, and how a sheet writes it ("85折" or "15%" off).
struct Discount
{
    int paid = 1000;
    std::string asZhe;
    std::string asPercentOff;
};

Discount pickDiscount(Random &r);
/// price × quantity × paid share, in micros; exact, since every factor has few decimals.
std::int64_t lineMicros(const CustomLine &l, int paid);
/// A deposit of 20–40 %, in hundreds of yuan, never above the total.
Fen depositFor(std::int64_t totalMicros, Random &r);
/// Where a dealer's order stands, by its age when the file was exported.
std::string dealerStatus(int age, int promisedAfter, bool cancelled);

} // namespace Hearth::Samples
