# Complex numbers in an array line up after the sign of their imaginary parts, as Julia's alignment.
display([1+2im, -3-4im, 10im])
display([1.5+2im 3im; -1 0])
display([1.0e-5+2.5e10im, 1+1im])
