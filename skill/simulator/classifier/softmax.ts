/**
 * Multinomial logistic regression over sparse vectors, trained by per-row AdaGrad. A row may
 * accept several classes (a CLINC "transfer" is Transfer or TransferOwn): its loss is
 * -log of the probability mass on the accepted set, so the model is free to split between them.
 */
import type { SparseVector } from './features';

// Bound once here: inside a vm context (jest runs every test file in one) each lookup of the
// global `Math` goes through the context's interceptor, which made training twenty times slower.
const { exp, floor, sqrt } = Math;

/** How the model trains. */
export interface TrainingSettings {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty on every weight a row touches. */
  readonly l2: number;
  /** Seed of the row shuffle, so that training is deterministic. */
  readonly seed: number;
}

/** One training row: its vector, the indices of the classes it accepts, and its weight. */
export interface WeightedRow {
  readonly x: SparseVector;
  readonly accepted: readonly number[];
  readonly weight: number;
}

/** A small linear congruential generator: the same shuffle every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** The weights of a trained model and its probabilities per class. */
export class SoftmaxRegression {
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;

  constructor(
    private readonly classCount: number,
    dimensions: number,
    trained?: { readonly weights: Float32Array; readonly bias: Float64Array },
  ) {
    this.weights = trained?.weights ?? new Float32Array(dimensions * classCount);
    this.bias = trained?.bias ?? new Float64Array(classCount);
  }

  /** The trained weights and biases, to be kept on disk. */
  state(): { readonly weights: Float32Array; readonly bias: Float64Array } {
    return { weights: this.weights, bias: this.bias };
  }

  /** Probabilities per class (written into `out` when given), summing to 1. */
  probabilities(x: SparseVector, out = new Float64Array(this.classCount)): Float64Array {
    const k = this.classCount;
    out.set(this.bias);
    for (let j = 0; j < x.indices.length; j += 1) {
      const base = (x.indices[j] ?? 0) * k;
      const v = x.values[j] ?? 0;
      for (let c = 0; c < k; c += 1) out[c] = (out[c] ?? 0) + v * (this.weights[base + c] ?? 0);
    }
    let max = out[0] ?? 0;
    for (let c = 1; c < k; c += 1) if ((out[c] ?? 0) > max) max = out[c] ?? 0;
    let sum = 0;
    for (let c = 0; c < k; c += 1) {
      out[c] = exp((out[c] ?? 0) - max);
      sum += out[c] ?? 0;
    }
    for (let c = 0; c < k; c += 1) out[c] = (out[c] ?? 0) / sum;
    return out;
  }

  /** Trains on the rows; rows weigh relative to their mean weight. */
  train(rows: readonly WeightedRow[], settings: TrainingSettings): void {
    const k = this.classCount;
    const squares = new Float32Array(this.weights.length).fill(1e-6);
    const biasSquares = new Float64Array(k).fill(1e-6);
    const meanWeight = rows.reduce((sum, r) => sum + r.weight, 0) / Math.max(rows.length, 1);
    const order = rows.map((_r, i) => i);
    const random = seeded(settings.seed);
    const gradient = new Float64Array(k);
    for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
      }
      for (const r of order) {
        const row = rows[r];
        if (!row) continue;
        // d(-log sum_{c in S} p_c) / dz_c = p_c - [c in S] p_c / sum_S p
        this.probabilities(row.x, gradient);
        const mass = row.accepted.reduce((sum, c) => sum + (gradient[c] ?? 0), 0);
        for (const c of row.accepted) gradient[c] = (gradient[c] ?? 0) - (gradient[c] ?? 0) / mass;
        const w = row.weight / meanWeight;
        for (let c = 0; c < k; c += 1) {
          const g = w * (gradient[c] ?? 0);
          biasSquares[c] = (biasSquares[c] ?? 0) + g * g;
          this.bias[c] = (this.bias[c] ?? 0) - (settings.learningRate * g) / sqrt(biasSquares[c] ?? 1);
        }
        for (let j = 0; j < row.x.indices.length; j += 1) {
          const base = (row.x.indices[j] ?? 0) * k;
          const v = w * (row.x.values[j] ?? 0);
          for (let c = 0; c < k; c += 1) {
            const at = base + c;
            const g = v * (gradient[c] ?? 0) + settings.l2 * (this.weights[at] ?? 0);
            squares[at] = (squares[at] ?? 0) + g * g;
            this.weights[at] = (this.weights[at] ?? 0) - (settings.learningRate * g) / sqrt(squares[at] ?? 1);
          }
        }
      }
    }
  }
}
